CREATE TABLE "investment_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"company_name" text NOT NULL,
	"company_key" text NOT NULL,
	"credit_code" text,
	"enterprise_id" uuid,
	"contact_name" text,
	"contact_phone" text,
	"industry_code" text,
	"intended_investment" numeric(20, 4),
	"source" text NOT NULL,
	"anchor_enterprise_id" uuid,
	"summary" text,
	"owner_id" uuid NOT NULL,
	"department_id" uuid,
	"park_id" uuid,
	"status" text NOT NULL,
	"status_reason" text,
	"first_contacted_at" timestamp with time zone,
	"duplicate_of_id" uuid,
	"project_id" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lead_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"happened_on" date NOT NULL,
	"note" text NOT NULL,
	"by_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"note" text,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"planned_on" date NOT NULL,
	"actual_on" date,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"week_of" date NOT NULL,
	"done" text NOT NULL,
	"blockers" text,
	"help_needed" text,
	"help_department_id" uuid,
	"by_id" uuid NOT NULL,
	"by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_settings" (
	"zone_id" uuid PRIMARY KEY NOT NULL,
	"first_contact_days" smallint DEFAULT 3 NOT NULL,
	"due_soon_days" smallint DEFAULT 7 NOT NULL,
	"late_yellow_days" smallint DEFAULT 15 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"happened_on" date NOT NULL,
	"reason" text,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"lead_id" uuid,
	"name" text NOT NULL,
	"investor_name" text NOT NULL,
	"investor_enterprise_id" uuid,
	"total_investment" numeric(20, 4) NOT NULL,
	"contract_amount" numeric(20, 4) NOT NULL,
	"industry_code" text,
	"park_id" uuid,
	"plot" text,
	"stage" text NOT NULL,
	"signed_on" date NOT NULL,
	"registered_on" date,
	"land_granted_on" date,
	"started_on" date,
	"completed_on" date,
	"producing_on" date,
	"full_production_on" date,
	"leader_id" uuid,
	"section_chief_id" uuid,
	"liaison_id" uuid,
	"commissioner_id" uuid,
	"plan_document" text,
	"department_id" uuid,
	"next_open_on" date,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "parks" ADD COLUMN "outline" jsonb;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_anchor_enterprise_id_enterprises_id_fk" FOREIGN KEY ("anchor_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_leads" ADD CONSTRAINT "investment_leads_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_follow_ups" ADD CONSTRAINT "lead_follow_ups_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_follow_ups" ADD CONSTRAINT "lead_follow_ups_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_follow_ups" ADD CONSTRAINT "lead_follow_ups_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funds" ADD CONSTRAINT "project_funds_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funds" ADD CONSTRAINT "project_funds_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reports" ADD CONSTRAINT "project_reports_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reports" ADD CONSTRAINT "project_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reports" ADD CONSTRAINT "project_reports_help_department_id_departments_id_fk" FOREIGN KEY ("help_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reports" ADD CONSTRAINT "project_reports_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_settings" ADD CONSTRAINT "project_settings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_changes" ADD CONSTRAINT "project_stage_changes_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_stage_changes" ADD CONSTRAINT "project_stage_changes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_id_investment_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."investment_leads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_investor_enterprise_id_enterprises_id_fk" FOREIGN KEY ("investor_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_section_chief_id_users_id_fk" FOREIGN KEY ("section_chief_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_liaison_id_users_id_fk" FOREIGN KEY ("liaison_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_commissioner_id_users_id_fk" FOREIGN KEY ("commissioner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_zone_registered" ON "investment_leads" USING btree ("zone_id","registered_at");--> statement-breakpoint
CREATE INDEX "leads_zone_credit_code" ON "investment_leads" USING btree ("zone_id","credit_code");--> statement-breakpoint
CREATE INDEX "leads_zone_owner" ON "investment_leads" USING btree ("zone_id","owner_id");--> statement-breakpoint
CREATE INDEX "leads_company_key_trgm" ON "investment_leads" USING gin ("company_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "lead_follow_ups_lead" ON "lead_follow_ups" USING btree ("lead_id","happened_on");--> statement-breakpoint
CREATE INDEX "project_funds_zone_received" ON "project_funds" USING btree ("zone_id","received_on");--> statement-breakpoint
CREATE INDEX "project_funds_project" ON "project_funds" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_milestones_project" ON "project_milestones" USING btree ("project_id","planned_on");--> statement-breakpoint
CREATE INDEX "project_reports_project" ON "project_reports" USING btree ("project_id","week_of");--> statement-breakpoint
CREATE INDEX "project_reports_help_department" ON "project_reports" USING btree ("help_department_id");--> statement-breakpoint
CREATE INDEX "project_stage_changes_project" ON "project_stage_changes" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "projects_zone_signed" ON "projects" USING btree ("zone_id","signed_on");--> statement-breakpoint
CREATE INDEX "projects_zone_next_open" ON "projects" USING btree ("zone_id","next_open_on");--> statement-breakpoint
CREATE INDEX "projects_zone_stage" ON "projects" USING btree ("zone_id","stage");--> statement-breakpoint
CREATE INDEX "projects_lead" ON "projects" USING btree ("lead_id");