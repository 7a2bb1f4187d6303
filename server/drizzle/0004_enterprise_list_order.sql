CREATE INDEX "enterprises_zone_order_name" ON "enterprises" USING btree ("zone_id","name_pinyin","id");--> statement-breakpoint
CREATE INDEX "enterprises_zone_order_established" ON "enterprises" USING btree ("zone_id","established_on","id");--> statement-breakpoint
CREATE INDEX "enterprises_zone_order_updated" ON "enterprises" USING btree ("zone_id","updated_at","id");