CREATE TABLE "indicator_cube" (
	"zone_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"park_key" text NOT NULL,
	"industry_section" text NOT NULL,
	"leading_industry" text NOT NULL,
	"is_above_scale" boolean NOT NULL,
	"is_key" boolean NOT NULL,
	"enterprises" integer NOT NULL,
	"cumulative" numeric(20, 4) NOT NULL,
	"cumulative_comparable" numeric(20, 4) NOT NULL,
	"cumulative_base" numeric(20, 4) NOT NULL,
	"cumulative_missing" integer NOT NULL,
	"month_value" numeric(20, 4) NOT NULL,
	"month_comparable" numeric(20, 4) NOT NULL,
	"month_base" numeric(20, 4) NOT NULL,
	"month_unknown" integer NOT NULL,
	CONSTRAINT "indicator_cube_pk" PRIMARY KEY("zone_id","indicator_id","year","month","park_key","industry_section","leading_industry","is_above_scale","is_key")
);
--> statement-breakpoint
CREATE TABLE "indicator_cube_qualifications" (
	"zone_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"park_key" text NOT NULL,
	"industry_section" text NOT NULL,
	"leading_industry" text NOT NULL,
	"is_above_scale" boolean NOT NULL,
	"is_key" boolean NOT NULL,
	"qualification" text NOT NULL,
	"enterprises" integer NOT NULL,
	"cumulative" numeric(20, 4) NOT NULL,
	"cumulative_comparable" numeric(20, 4) NOT NULL,
	"cumulative_base" numeric(20, 4) NOT NULL,
	"cumulative_missing" integer NOT NULL,
	"month_value" numeric(20, 4) NOT NULL,
	"month_comparable" numeric(20, 4) NOT NULL,
	"month_base" numeric(20, 4) NOT NULL,
	"month_unknown" integer NOT NULL,
	CONSTRAINT "indicator_cube_qualifications_pk" PRIMARY KEY("zone_id","indicator_id","year","month","qualification","park_key","industry_section","leading_industry","is_above_scale","is_key")
);
--> statement-breakpoint
CREATE TABLE "indicator_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"source" text NOT NULL,
	"filed_by" uuid,
	"filed_by_name" text,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"park_key" text DEFAULT '' NOT NULL,
	"industry_section" text DEFAULT '' NOT NULL,
	"leading_industry" text DEFAULT '' NOT NULL,
	"is_above_scale" boolean DEFAULT false NOT NULL,
	"is_key" boolean DEFAULT false NOT NULL,
	"qualifications" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "indicator_filings_enterprise_period" UNIQUE("enterprise_id","year","month")
);
--> statement-breakpoint
CREATE TABLE "indicator_settings" (
	"zone_id" uuid PRIMARY KEY NOT NULL,
	"filing_deadline_day" smallint DEFAULT 10 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"zone_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"park_key" text NOT NULL,
	"value" numeric(20, 4),
	"growth_percent" numeric(10, 2),
	CONSTRAINT "indicator_targets_pk" PRIMARY KEY("zone_id","indicator_id","year","park_key")
);
--> statement-breakpoint
CREATE TABLE "indicator_value_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"reported_current" numeric(20, 4) NOT NULL,
	"reported_previous" numeric(20, 4),
	"source" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"replaced_by" uuid,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"zone_id" uuid NOT NULL,
	"filing_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"reported_current" numeric(20, 4) NOT NULL,
	"reported_previous" numeric(20, 4),
	"cumulative" numeric(20, 4) NOT NULL,
	"cumulative_base" numeric(20, 4),
	"month_value" numeric(20, 4),
	"month_base" numeric(20, 4),
	"source" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_pk" PRIMARY KEY("enterprise_id","indicator_id","year","month")
);
--> statement-breakpoint
CREATE TABLE "indicator_warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"rule_code" text NOT NULL,
	"indicator_code" text,
	"figures" jsonb NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"decimals" smallint NOT NULL,
	"aggregation" text NOT NULL,
	"reporting" text NOT NULL,
	"allow_negative" boolean DEFAULT false NOT NULL,
	"is_headline" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 1000 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "indicators_zone_code" UNIQUE("zone_id","code")
);
--> statement-breakpoint
CREATE TABLE "official_growth_rates" (
	"zone_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"slice_kind" text NOT NULL,
	"slice_key" text NOT NULL,
	"growth_percent" numeric(10, 2) NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "official_growth_rates_pk" PRIMARY KEY("zone_id","indicator_id","year","month","slice_kind","slice_key")
);
--> statement-breakpoint
CREATE TABLE "warning_rules" (
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"indicator_code" text,
	"second_indicator_code" text,
	"threshold" numeric(10, 2) NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	CONSTRAINT "warning_rules_pk" PRIMARY KEY("zone_id","code")
);
--> statement-breakpoint
ALTER TABLE "indicator_filings" ADD CONSTRAINT "indicator_filings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_filings" ADD CONSTRAINT "indicator_filings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_settings" ADD CONSTRAINT "indicator_settings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_filing_id_indicator_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."indicator_filings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_warnings" ADD CONSTRAINT "indicator_warnings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_growth_rates" ADD CONSTRAINT "official_growth_rates_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_filings_zone_period" ON "indicator_filings" USING btree ("zone_id","year","month");--> statement-breakpoint
CREATE INDEX "indicator_value_revisions_enterprise" ON "indicator_value_revisions" USING btree ("enterprise_id","year","month");--> statement-breakpoint
CREATE INDEX "indicator_values_period_ranking" ON "indicator_values" USING btree ("zone_id","indicator_id","year","month","cumulative");--> statement-breakpoint
CREATE INDEX "indicator_values_filing" ON "indicator_values" USING btree ("filing_id");--> statement-breakpoint
CREATE INDEX "indicator_warnings_zone_period" ON "indicator_warnings" USING btree ("zone_id","year","month");--> statement-breakpoint
CREATE INDEX "indicator_warnings_enterprise" ON "indicator_warnings" USING btree ("enterprise_id","year","month");