CREATE TABLE "enterprise_name_bigrams" (
	"zone_id" uuid NOT NULL,
	"bigram" text NOT NULL,
	"enterprise_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "enterprise_name_bigrams_zone_bigram" ON "enterprise_name_bigrams" USING btree ("zone_id","bigram");--> statement-breakpoint
CREATE INDEX "enterprise_name_bigrams_enterprise" ON "enterprise_name_bigrams" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "enterprises_zone_above_scale" ON "enterprises" USING btree ("zone_id","is_above_scale");--> statement-breakpoint
CREATE INDEX "enterprises_zone_key" ON "enterprises" USING btree ("zone_id","is_key");--> statement-breakpoint
CREATE INDEX "enterprises_zone_scale" ON "enterprises" USING btree ("zone_id","scale");--> statement-breakpoint
CREATE INDEX "enterprises_zone_division" ON "enterprises" USING btree ("zone_id",left("industry_code", 2),"industry_code");