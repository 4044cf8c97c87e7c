-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "connectedAt" TIMESTAMP(3),
ADD COLUMN     "expiryWarnedDays" INTEGER,
ADD COLUMN     "tokenExpiresAt" TIMESTAMP(3);
