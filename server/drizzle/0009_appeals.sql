CREATE TABLE "appeal_assists" (
	"appeal_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	CONSTRAINT "appeal_assists_appeal_id_department_id_pk" PRIMARY KEY("appeal_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "appeal_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"appeal_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 1000 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "appeal_categories_zone_code" UNIQUE("zone_id","code")
);
--> statement-breakpoint
CREATE TABLE "appeal_clock_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"category_id" uuid,
	"severity" text NOT NULL,
	"dispatch_working_hours" smallint NOT NULL,
	"accept_hours" smallint NOT NULL,
	"resolve_hours" smallint NOT NULL,
	"leader_after_hours" smallint NOT NULL,
	CONSTRAINT "appeal_clock_rules_scope" UNIQUE NULLS NOT DISTINCT("zone_id","category_id","severity")
);
--> statement-breakpoint
CREATE TABLE "appeal_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"appeal_id" uuid NOT NULL,
	"step" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"department_id" uuid,
	"rating" smallint,
	"escalation" smallint,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeal_settings" (
	"zone_id" uuid PRIMARY KEY NOT NULL,
	"dispatch_department_id" uuid,
	"version" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"number" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"severity" text NOT NULL,
	"channel" text NOT NULL,
	"visit_id" uuid,
	"state" text NOT NULL,
	"returned_from" text,
	"reopen_count" smallint DEFAULT 0 NOT NULL,
	"lead_department_id" uuid,
	"filed_by" uuid NOT NULL,
	"filed_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"clock_stage" text,
	"stage_started_at" timestamp with time zone,
	"deadline_at" timestamp with time zone,
	"paused_since" timestamp with time zone,
	"paused_total_ms" bigint DEFAULT 0 NOT NULL,
	"escalation" smallint DEFAULT 0 NOT NULL,
	"missed_deadlines" smallint DEFAULT 0 NOT NULL,
	"resolution" text,
	"resolved_at" timestamp with time zone,
	"rating" smallint,
	"rated_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeals_zone_number" UNIQUE("zone_id","number")
);
--> statement-breakpoint
CREATE TABLE "inbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"appeal_id" uuid,
	"text" text NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_department_head" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "appeal_assists" ADD CONSTRAINT "appeal_assists_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_assists" ADD CONSTRAINT "appeal_assists_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_assists" ADD CONSTRAINT "appeal_assists_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_attachments" ADD CONSTRAINT "appeal_attachments_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_attachments" ADD CONSTRAINT "appeal_attachments_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_attachments" ADD CONSTRAINT "appeal_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_categories" ADD CONSTRAINT "appeal_categories_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_clock_rules" ADD CONSTRAINT "appeal_clock_rules_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_clock_rules" ADD CONSTRAINT "appeal_clock_rules_category_id_appeal_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."appeal_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_events" ADD CONSTRAINT "appeal_events_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_events" ADD CONSTRAINT "appeal_events_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_events" ADD CONSTRAINT "appeal_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_events" ADD CONSTRAINT "appeal_events_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_settings" ADD CONSTRAINT "appeal_settings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal_settings" ADD CONSTRAINT "appeal_settings_dispatch_department_id_departments_id_fk" FOREIGN KEY ("dispatch_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_category_id_appeal_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."appeal_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_visit_id_enterprise_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."enterprise_visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_lead_department_id_departments_id_fk" FOREIGN KEY ("lead_department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_messages" ADD CONSTRAINT "inbox_messages_appeal_id_appeals_id_fk" FOREIGN KEY ("appeal_id") REFERENCES "public"."appeals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appeal_assists_department" ON "appeal_assists" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "appeal_attachments_appeal" ON "appeal_attachments" USING btree ("appeal_id");--> statement-breakpoint
CREATE INDEX "appeal_events_appeal" ON "appeal_events" USING btree ("appeal_id","at");--> statement-breakpoint
CREATE INDEX "appeals_zone_submitted" ON "appeals" USING btree ("zone_id","submitted_at");--> statement-breakpoint
CREATE INDEX "appeals_zone_lead_deadline" ON "appeals" USING btree ("zone_id","lead_department_id","deadline_at");--> statement-breakpoint
CREATE INDEX "appeals_enterprise_submitted" ON "appeals" USING btree ("enterprise_id","submitted_at");--> statement-breakpoint
CREATE INDEX "appeals_open_deadline" ON "appeals" USING btree ("deadline_at") WHERE "appeals"."deadline_at" is not null and "appeals"."paused_since" is null;--> statement-breakpoint
CREATE INDEX "inbox_user_created" ON "inbox_messages" USING btree ("user_id","created_at");--> statement-breakpoint
-- Appeal numbers (SQ + year + sequence) come from one sequence: unique without a lock, gaps allowed.
CREATE SEQUENCE "appeal_number_seq";
