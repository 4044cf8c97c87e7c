-- CreateEnum
CREATE TYPE "MediaState" AS ENUM ('PENDING', 'READY', 'REVIEW_REQUIRED');

-- CreateTable
CREATE TABLE "Media" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "altText" TEXT NOT NULL,
    "state" "MediaState" NOT NULL DEFAULT 'PENDING',
    "originalKey" TEXT NOT NULL,
    "originalSha256" TEXT NOT NULL,
    "originalDeletedAt" TIMESTAMP(3),
    "processedKey" TEXT,
    "processedSha256" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "faces" JSONB NOT NULL DEFAULT '[]',
    "regions" JSONB NOT NULL DEFAULT '[]',
    "reviewReasons" TEXT[],
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaceLink" (
    "id" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,
    "faceId" TEXT NOT NULL,
    "pupilId" TEXT NOT NULL,
    "linkedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaceLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Media_draftId_idx" ON "Media"("draftId");

-- CreateIndex
CREATE UNIQUE INDEX "FaceLink_mediaId_faceId_key" ON "FaceLink"("mediaId", "faceId");

-- AddForeignKey
ALTER TABLE "Media" ADD CONSTRAINT "Media_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaceLink" ADD CONSTRAINT "FaceLink_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaceLink" ADD CONSTRAINT "FaceLink_pupilId_fkey" FOREIGN KEY ("pupilId") REFERENCES "Pupil"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
