import { InvalidInputError } from "../../core/errors.js";
import { localId } from "../../core/global-id.js";
import type { Context } from "../builder.js";

/**
 * One row chosen by global ID or by name (`description`, case-insensitive). Exactly one of the
 * two must be given; an unknown or ambiguous name is an InvalidInputError naming the field.
 */
export async function pick<R extends { description: string }>(
  what: string,
  path: string[],
  globalId: string | number | null | undefined,
  name: string | null | undefined,
  find: (where: object) => Promise<R[]>,
  typename: string,
): Promise<R> {
  const [idField, nameField] = [`${path.at(-1)}Id`, `${path.at(-1)}Name`];
  const base = path.slice(0, -1);
  if ((globalId == null) === (name == null || name.trim() === "")) {
    throw InvalidInputError.field([...base, idField], `give the ${what} either by ID or by name (exactly one)`);
  }
  if (globalId != null) {
    const id = localId(globalId, typename);
    const rows = id ? await find({ id }) : [];
    if (rows.length !== 1) throw InvalidInputError.field([...base, idField], `no such ${what} on this device`);
    return rows[0]!;
  }
  const rows = await find({ description: { equals: name!.trim(), mode: "insensitive" } });
  if (rows.length === 0)
    throw InvalidInputError.field([...base, nameField], `no ${what} named "${name}" on this device`);
  if (rows.length > 1) {
    throw InvalidInputError.field([...base, nameField], `${rows.length} ${what}s are named "${name}"; give the ID`);
  }
  return rows[0]!;
}

/** A storage vault of the device's account, named by `storageVaultId` or `storageVaultName`. */
export function pickVault(
  ctx: Context,
  device: { accountId: string },
  input: { storageVaultId?: string | number | null; storageVaultName?: string | null },
) {
  return pick(
    "storage vault",
    ["input", "storageVault"],
    input.storageVaultId,
    input.storageVaultName,
    (where) =>
      ctx.prisma.storageVault.findMany({
        where: { accountId: device.accountId, ...where },
        select: { id: true, cometDestinationId: true, description: true },
      }),
    "StorageVault",
  );
}
