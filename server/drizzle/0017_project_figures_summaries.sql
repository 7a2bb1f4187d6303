CREATE TABLE "project_daily_figures" (
	"zone_id" uuid NOT NULL,
	"day" date NOT NULL,
	"signed" integer DEFAULT 0 NOT NULL,
	"contract_amount" numeric(20, 4) DEFAULT '0' NOT NULL,
	"large" integer DEFAULT 0 NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"producing" integer DEFAULT 0 NOT NULL,
	"funds_amount" numeric(20, 4) DEFAULT '0' NOT NULL,
	CONSTRAINT "project_daily_figures_zone_id_day_pk" PRIMARY KEY("zone_id","day")
);
--> statement-breakpoint
CREATE TABLE "project_funnel_totals" (
	"zone_id" uuid NOT NULL,
	"step" text NOT NULL,
	"park_id" uuid,
	"officer_id" uuid NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"amount" numeric(20, 4) DEFAULT '0' NOT NULL,
	CONSTRAINT "project_funnel_totals_key" UNIQUE NULLS NOT DISTINCT("zone_id","step","park_id","officer_id")
);
--> statement-breakpoint
DROP INDEX "projects_zone_next_open";--> statement-breakpoint
ALTER TABLE "project_daily_figures" ADD CONSTRAINT "project_daily_figures_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funnel_totals" ADD CONSTRAINT "project_funnel_totals_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "projects_zone_next_open" ON "projects" USING btree ("zone_id","next_open_on","id","park_id");