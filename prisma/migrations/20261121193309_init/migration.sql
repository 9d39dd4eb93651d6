-- CreateEnum
CREATE TYPE "TenantStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'INVITED', 'DISABLED');

-- CreateEnum
CREATE TYPE "MspRole" AS ENUM ('MSP_ADMIN', 'MSP_OPERATOR');

-- CreateEnum
CREATE TYPE "CustomerRole" AS ENUM ('CUSTOMER_OWNER', 'CUSTOMER_VIEWER');

-- CreateEnum
CREATE TYPE "StreamState" AS ENUM ('DISCONNECTED', 'CONNECTING', 'CONNECTED', 'BACKOFF', 'AUTH_FAILED');

-- CreateEnum
CREATE TYPE "JobClassification" AS ENUM ('UNKNOWN', 'BACKUP', 'RESTORE', 'RETENTION', 'UNLOCK', 'DELETE_CUSTOM', 'REMEASURE', 'UPDATE', 'IMPORT', 'REINDEX', 'DEEPVERIFY', 'UNINSTALL');

-- CreateEnum
CREATE TYPE "JobOutcome" AS ENUM ('PENDING', 'RUNNING', 'REVIVED', 'SUCCESS', 'WARNING', 'ERROR', 'TIMEOUT', 'QUOTA_EXCEEDED', 'MISSED', 'CANCELLED', 'SKIPPED', 'ABANDONED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "RollupScope" AS ENUM ('MSP', 'CUSTOMER', 'ACCOUNT');

-- CreateTable
CREATE TABLE "Msp" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "TenantStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Msp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "mspId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "externalRef" TEXT,
    "status" "TenantStatus" NOT NULL DEFAULT 'ACTIVE',
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "name" TEXT NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformOperator" (
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlatformOperator_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MspMembership" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "userId" TEXT NOT NULL,
    "mspId" TEXT NOT NULL,
    "role" "MspRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MspMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerMembership" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "userId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "role" "CustomerRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorKind" TEXT NOT NULL,
    "actorId" TEXT,
    "mspId" TEXT,
    "customerId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "requestId" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CometServer" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "profileName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "adminUsername" TEXT NOT NULL,
    "adminPasswordEnc" TEXT NOT NULL,
    "mspId" TEXT,
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "serverVersion" TEXT,
    "streamState" "StreamState" NOT NULL DEFAULT 'DISCONNECTED',
    "streamHolder" TEXT,
    "streamConnectedAt" TIMESTAMPTZ(3),
    "lastEventAt" TIMESTAMPTZ(3),
    "lastHeartbeatAt" TIMESTAMPTZ(3),
    "reconnectCount" INTEGER NOT NULL DEFAULT 0,
    "lastStreamError" TEXT,
    "unknownEventCount" INTEGER NOT NULL DEFAULT 0,
    "lastReconcileAt" TIMESTAMPTZ(3),
    "lastReconcileStats" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CometServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CometTenantLink" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "serverId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "mspId" TEXT NOT NULL,

    CONSTRAINT "CometTenantLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CometAccount" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "serverId" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "accountName" TEXT NOT NULL DEFAULT '',
    "emails" TEXT[],
    "organizationId" TEXT NOT NULL DEFAULT '',
    "policyId" TEXT NOT NULL DEFAULT '',
    "isSuspended" BOOLEAN NOT NULL DEFAULT false,
    "maximumDevices" INTEGER NOT NULL DEFAULT 0,
    "quotaOffice365Accounts" INTEGER NOT NULL DEFAULT 0,
    "quotaHyperVGuests" INTEGER NOT NULL DEFAULT 0,
    "quotaVMwareGuests" INTEGER NOT NULL DEFAULT 0,
    "allItemsQuotaEnabled" BOOLEAN NOT NULL DEFAULT false,
    "allItemsQuotaBytes" BIGINT NOT NULL DEFAULT 0,
    "profileHash" TEXT,
    "profile" JSONB NOT NULL DEFAULT '{}',
    "cometCreatedAt" TIMESTAMPTZ(3),
    "lastSyncedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "missingSince" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CometAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "accountId" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "cometDeviceId" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL DEFAULT '',
    "os" TEXT NOT NULL DEFAULT '',
    "arch" TEXT NOT NULL DEFAULT '',
    "distribution" TEXT NOT NULL DEFAULT '',
    "osVersion" TEXT NOT NULL DEFAULT '',
    "clientVersion" TEXT NOT NULL DEFAULT '',
    "timezone" TEXT NOT NULL DEFAULT '',
    "registeredAt" TIMESTAMPTZ(3),
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "targetId" TEXT,
    "ipAddress" TEXT,
    "connectedAt" TIMESTAMPTZ(3),
    "lastSeenAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtectedItem" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "accountId" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "cometSourceId" TEXT NOT NULL,
    "engine" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerCometDeviceId" TEXT NOT NULL DEFAULT '',
    "deviceId" TEXT,
    "totalBytes" BIGINT NOT NULL DEFAULT 0,
    "totalFiles" BIGINT NOT NULL DEFAULT 0,
    "totalDirectories" BIGINT NOT NULL DEFAULT 0,
    "vmCount" INTEGER NOT NULL DEFAULT 0,
    "m365AccountCount" INTEGER NOT NULL DEFAULT 0,
    "lastJobStatus" INTEGER,
    "lastJobAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "raw" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProtectedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StorageVault" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "accountId" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "cometDestinationId" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "destinationType" INTEGER NOT NULL DEFAULT 0,
    "quotaEnabled" BOOLEAN NOT NULL DEFAULT false,
    "quotaBytes" BIGINT NOT NULL DEFAULT 0,
    "usedBytes" BIGINT NOT NULL DEFAULT 0,
    "raw" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StorageVault_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "serverId" TEXT NOT NULL,
    "cometJobId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "deviceId" TEXT,
    "cometDeviceId" TEXT NOT NULL DEFAULT '',
    "protectedItemId" TEXT,
    "cometSourceId" TEXT NOT NULL DEFAULT '',
    "storageVaultId" TEXT,
    "cometDestinationId" TEXT NOT NULL DEFAULT '',
    "classification" "JobClassification" NOT NULL DEFAULT 'UNKNOWN',
    "cometStatus" INTEGER NOT NULL,
    "outcome" "JobOutcome" NOT NULL,
    "statusRank" INTEGER NOT NULL,
    "isRunning" BOOLEAN NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "uploadBytes" BIGINT NOT NULL DEFAULT 0,
    "downloadBytes" BIGINT NOT NULL DEFAULT 0,
    "totalBytes" BIGINT NOT NULL DEFAULT 0,
    "totalFiles" BIGINT NOT NULL DEFAULT 0,
    "totalDirectories" BIGINT NOT NULL DEFAULT 0,
    "vmCount" INTEGER NOT NULL DEFAULT 0,
    "m365AccountCount" INTEGER NOT NULL DEFAULT 0,
    "progressCounter" INTEGER NOT NULL DEFAULT 0,
    "progressBytesDone" BIGINT NOT NULL DEFAULT 0,
    "progressItemsDone" BIGINT NOT NULL DEFAULT 0,
    "progressItemsTotal" BIGINT NOT NULL DEFAULT 0,
    "lastProgressAt" TIMESTAMPTZ(3),
    "cancellationId" TEXT NOT NULL DEFAULT '',
    "snapshotId" TEXT NOT NULL DEFAULT '',
    "clientVersion" TEXT NOT NULL DEFAULT '',
    "monitorAttempts" INTEGER NOT NULL DEFAULT 0,
    "monitorCheckedAt" TIMESTAMPTZ(3),
    "monitorLastAction" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DailyRollup" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "day" DATE NOT NULL,
    "scope" "RollupScope" NOT NULL,
    "scopeId" TEXT NOT NULL,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "devicesRegistered" INTEGER NOT NULL DEFAULT 0,
    "devicesOnline" INTEGER NOT NULL DEFAULT 0,
    "storageBytes" BIGINT NOT NULL DEFAULT 0,
    "itemsByCategory" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DailyRollup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentSnooze" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "deviceId" TEXT NOT NULL,
    "protectedItemId" TEXT,
    "snoozedUntil" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentSnooze_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveEvent" (
    "sequence" BIGSERIAL NOT NULL,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "topic" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("sequence")
);

-- CreateIndex
CREATE UNIQUE INDEX "Msp_slug_key" ON "Msp"("slug");

-- CreateIndex
CREATE INDEX "Customer_mspId_name_idx" ON "Customer"("mspId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_mspId_externalRef_key" ON "Customer"("mspId", "externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "MspMembership_mspId_idx" ON "MspMembership"("mspId");

-- CreateIndex
CREATE UNIQUE INDEX "MspMembership_userId_mspId_key" ON "MspMembership"("userId", "mspId");

-- CreateIndex
CREATE INDEX "CustomerMembership_customerId_idx" ON "CustomerMembership"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerMembership_userId_customerId_key" ON "CustomerMembership"("userId", "customerId");

-- CreateIndex
CREATE INDEX "AuditLog_mspId_at_idx" ON "AuditLog"("mspId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "CometServer_profileName_key" ON "CometServer"("profileName");

-- CreateIndex
CREATE UNIQUE INDEX "CometTenantLink_serverId_organizationId_key" ON "CometTenantLink"("serverId", "organizationId");

-- CreateIndex
CREATE INDEX "CometAccount_mspId_customerId_idx" ON "CometAccount"("mspId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "CometAccount_serverId_username_key" ON "CometAccount"("serverId", "username");

-- CreateIndex
CREATE INDEX "Device_mspId_customerId_isOnline_idx" ON "Device"("mspId", "customerId", "isOnline");

-- CreateIndex
CREATE INDEX "Device_serverId_isOnline_idx" ON "Device"("serverId", "isOnline");

-- CreateIndex
CREATE UNIQUE INDEX "Device_accountId_cometDeviceId_key" ON "Device"("accountId", "cometDeviceId");

-- CreateIndex
CREATE INDEX "ProtectedItem_mspId_customerId_engine_idx" ON "ProtectedItem"("mspId", "customerId", "engine");

-- CreateIndex
CREATE UNIQUE INDEX "ProtectedItem_accountId_cometSourceId_key" ON "ProtectedItem"("accountId", "cometSourceId");

-- CreateIndex
CREATE INDEX "StorageVault_mspId_customerId_idx" ON "StorageVault"("mspId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "StorageVault_accountId_cometDestinationId_key" ON "StorageVault"("accountId", "cometDestinationId");

-- CreateIndex
CREATE INDEX "Job_mspId_endedAt_idx" ON "Job"("mspId", "endedAt");

-- CreateIndex
CREATE INDEX "Job_mspId_customerId_startedAt_idx" ON "Job"("mspId", "customerId", "startedAt");

-- CreateIndex
CREATE INDEX "Job_deviceId_startedAt_idx" ON "Job"("deviceId", "startedAt");

-- CreateIndex
CREATE INDEX "Job_isRunning_lastProgressAt_idx" ON "Job"("isRunning", "lastProgressAt");

-- CreateIndex
CREATE INDEX "Job_accountId_startedAt_idx" ON "Job"("accountId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_serverId_cometJobId_key" ON "Job"("serverId", "cometJobId");

-- CreateIndex
CREATE INDEX "DailyRollup_mspId_day_idx" ON "DailyRollup"("mspId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "DailyRollup_scope_scopeId_day_key" ON "DailyRollup"("scope", "scopeId", "day");

-- CreateIndex
CREATE INDEX "IncidentSnooze_mspId_snoozedUntil_idx" ON "IncidentSnooze"("mspId", "snoozedUntil");

-- CreateIndex
CREATE INDEX "IncidentSnooze_deviceId_idx" ON "IncidentSnooze"("deviceId");

-- CreateIndex
CREATE INDEX "LiveEvent_mspId_sequence_idx" ON "LiveEvent"("mspId", "sequence");

-- CreateIndex
CREATE INDEX "LiveEvent_createdAt_idx" ON "LiveEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_mspId_fkey" FOREIGN KEY ("mspId") REFERENCES "Msp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlatformOperator" ADD CONSTRAINT "PlatformOperator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MspMembership" ADD CONSTRAINT "MspMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MspMembership" ADD CONSTRAINT "MspMembership_mspId_fkey" FOREIGN KEY ("mspId") REFERENCES "Msp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerMembership" ADD CONSTRAINT "CustomerMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerMembership" ADD CONSTRAINT "CustomerMembership_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CometServer" ADD CONSTRAINT "CometServer_mspId_fkey" FOREIGN KEY ("mspId") REFERENCES "Msp"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CometTenantLink" ADD CONSTRAINT "CometTenantLink_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "CometServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CometTenantLink" ADD CONSTRAINT "CometTenantLink_mspId_fkey" FOREIGN KEY ("mspId") REFERENCES "Msp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CometAccount" ADD CONSTRAINT "CometAccount_serverId_fkey" FOREIGN KEY ("serverId") REFERENCES "CometServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CometAccount" ADD CONSTRAINT "CometAccount_mspId_fkey" FOREIGN KEY ("mspId") REFERENCES "Msp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CometAccount" ADD CONSTRAINT "CometAccount_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "CometAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtectedItem" ADD CONSTRAINT "ProtectedItem_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "CometAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProtectedItem" ADD CONSTRAINT "ProtectedItem_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StorageVault" ADD CONSTRAINT "StorageVault_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "CometAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "CometAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_protectedItemId_fkey" FOREIGN KEY ("protectedItemId") REFERENCES "ProtectedItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_storageVaultId_fkey" FOREIGN KEY ("storageVaultId") REFERENCES "StorageVault"("id") ON DELETE SET NULL ON UPDATE CASCADE;
