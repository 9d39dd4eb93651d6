-- AlterTable
ALTER TABLE "Device" ADD COLUMN     "latestJobId" TEXT,
ADD COLUMN     "latestJobIsRunning" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "latestJobOutcome" "JobOutcome",
ADD COLUMN     "latestJobStartedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Device_mspId_customerId_latestJobStartedAt_idx" ON "Device"("mspId", "customerId", "latestJobStartedAt");

-- CreateIndex
CREATE INDEX "Job_mspId_startedAt_id_outcome_idx" ON "Job"("mspId", "startedAt" DESC, "id" DESC, "outcome");

-- Backfill: each device's latest job (greatest startedAt, then id), the same order the ingest
-- upsert and workers/ingest/device-latest-job.ts keep.
UPDATE "Device" d SET "latestJobId" = l.id, "latestJobStartedAt" = l."startedAt",
  "latestJobOutcome" = l.outcome, "latestJobIsRunning" = l."isRunning"
FROM (
  SELECT DISTINCT ON (j."deviceId") j."deviceId", j.id, j."startedAt", j.outcome, j."isRunning"
  FROM "Job" j
  WHERE j."deviceId" IS NOT NULL
  ORDER BY j."deviceId", j."startedAt" DESC, j.id DESC
) l
WHERE d.id = l."deviceId";
