/** People: users, memberships, invitations and viewer switching (imports only). */
import "./membership.js";
import "./user.js";
import "./invitation.js";
import "./invite.js";
import "./accept.js";
import "./manage.js";
import "./switch-viewer.js";
