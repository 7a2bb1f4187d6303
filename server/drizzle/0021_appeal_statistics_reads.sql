-- The statistics read a range of months of the summary rows from these indexes alone.
CREATE INDEX "appeal_handling_buckets_zone_month" ON "appeal_handling_buckets" ("zone_id", "month")
  INCLUDE ("department_id", "bucket", "appeals");
--> statement-breakpoint
CREATE INDEX "appeal_keyword_counts_zone_month" ON "appeal_keyword_counts" ("zone_id", "month")
  INCLUDE ("category_id", "keyword", "appeals");
--> statement-breakpoint
-- Open and overdue appeals by lead department, for the months asked for, without visiting the rows.
CREATE INDEX "appeals_zone_open_submitted" ON "appeals" ("zone_id", "submitted_at")
  INCLUDE ("lead_department_id", "deadline_at", "paused_since")
  WHERE "state" NOT IN ('resolved', 'rejected', 'closed');
