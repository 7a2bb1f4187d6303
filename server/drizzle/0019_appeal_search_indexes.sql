ALTER TABLE "appeals" ADD COLUMN "title_grams" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "appeals_title_grams" ON "appeals" USING gin ("title_grams");--> statement-breakpoint
CREATE INDEX "appeals_zone_number_folded" ON "appeals" USING btree ("zone_id",lower("number") text_pattern_ops);