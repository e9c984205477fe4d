-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "firstFailedAt" TIMESTAMP(3),
ADD COLUMN     "lastAttemptAt" TIMESTAMP(3);
