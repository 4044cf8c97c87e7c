-- AlterTable
ALTER TABLE "Offender" ADD COLUMN     "blockState" TEXT,
ADD COLUMN     "blockedAt" TIMESTAMP(3),
ADD COLUMN     "blockedById" TEXT,
ADD COLUMN     "meetingAt" TIMESTAMP(3),
ADD COLUMN     "meetingById" TEXT,
ADD COLUMN     "meetingNote" TEXT;
