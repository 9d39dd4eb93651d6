-- CreateEnum
CREATE TYPE "DeviceActionKind" AS ENUM ('RUN_BACKUP', 'RESTORE', 'UPDATE_SOFTWARE', 'UNINSTALL_SOFTWARE', 'REVOKE_DEVICE', 'APPLY_RETENTION', 'REINDEX_VAULT', 'CANCEL_JOB', 'ABANDON_JOB');

-- CreateEnum
CREATE TYPE "DeviceActionStatus" AS ENUM ('QUEUED', 'DISPATCHED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BulkOperationStatus" AS ENUM ('RUNNING', 'COMPLETED');

-- AlterTable
ALTER TABLE "Msp" ADD COLUMN     "customerOwnerActions" "DeviceActionKind"[] DEFAULT ARRAY['RUN_BACKUP', 'RESTORE', 'CANCEL_JOB']::"DeviceActionKind"[];

-- CreateTable
CREATE TABLE "DeviceAction" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "serverId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "kind" "DeviceActionKind" NOT NULL,
    "status" "DeviceActionStatus" NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "summary" TEXT NOT NULL DEFAULT '',
    "expiresAt" TIMESTAMPTZ(3),
    "cometJobId" TEXT,
    "jobId" TEXT,
    "errorMessage" TEXT,
    "requestedByKind" TEXT NOT NULL,
    "requestedById" TEXT,
    "bulkOperationId" TEXT,
    "claimedUntil" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeviceAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkOperation" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "mspId" TEXT NOT NULL,
    "customerId" TEXT,
    "kind" "DeviceActionKind" NOT NULL,
    "filter" JSONB NOT NULL DEFAULT '{}',
    "params" JSONB NOT NULL DEFAULT '{}',
    "queueOffline" BOOLEAN NOT NULL DEFAULT false,
    "total" INTEGER NOT NULL DEFAULT 0,
    "status" "BulkOperationStatus" NOT NULL DEFAULT 'RUNNING',
    "requestedByKind" TEXT NOT NULL,
    "requestedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "BulkOperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "callerKey" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "inputHash" TEXT NOT NULL,
    "response" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeviceAction_deviceId_createdAt_idx" ON "DeviceAction"("deviceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "DeviceAction_mspId_createdAt_idx" ON "DeviceAction"("mspId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "DeviceAction_status_expiresAt_idx" ON "DeviceAction"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "DeviceAction_serverId_cometJobId_idx" ON "DeviceAction"("serverId", "cometJobId");

-- CreateIndex
CREATE INDEX "DeviceAction_bulkOperationId_idx" ON "DeviceAction"("bulkOperationId");

-- CreateIndex
CREATE INDEX "BulkOperation_mspId_createdAt_idx" ON "BulkOperation"("mspId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyRecord_callerKey_key_key" ON "IdempotencyRecord"("callerKey", "key");

-- AddForeignKey
ALTER TABLE "DeviceAction" ADD CONSTRAINT "DeviceAction_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviceAction" ADD CONSTRAINT "DeviceAction_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeviceAction" ADD CONSTRAINT "DeviceAction_bulkOperationId_fkey" FOREIGN KEY ("bulkOperationId") REFERENCES "BulkOperation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
