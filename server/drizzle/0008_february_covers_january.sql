ALTER TABLE "indicator_cube" ADD COLUMN "month_combined" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_cube_qualifications" ADD COLUMN "month_combined" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD COLUMN "covers_january" boolean DEFAULT false NOT NULL;