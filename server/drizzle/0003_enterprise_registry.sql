CREATE TABLE "enterprise_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"is_key" boolean NOT NULL,
	"liaison_user_id" uuid,
	"responsible_leader_id" uuid,
	"reason" text,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" text,
	"mobile" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"type" text NOT NULL,
	"level" text NOT NULL,
	"certificate_number" text,
	"issued_on" date,
	"expires_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enterprise_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" text NOT NULL,
	"summary" text NOT NULL,
	"problems" text[] DEFAULT '{}'::text[] NOT NULL,
	"next_step" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualification_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "qualification_types_zone_code" UNIQUE("zone_id","code")
);
--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "credit_code_override" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "scale" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "leading_industry" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "liaison_user_id" uuid;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "responsible_leader_id" uuid;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "registered_capital" numeric(18, 4);--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "name_pinyin" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "name_initials" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprises" ADD COLUMN "name_bigrams" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "enterprise_assignments" ADD CONSTRAINT "enterprise_assignments_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_assignments" ADD CONSTRAINT "enterprise_assignments_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_contacts" ADD CONSTRAINT "enterprise_contacts_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_contacts" ADD CONSTRAINT "enterprise_contacts_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_qualifications" ADD CONSTRAINT "enterprise_qualifications_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_qualifications" ADD CONSTRAINT "enterprise_qualifications_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_visits" ADD CONSTRAINT "enterprise_visits_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_visits" ADD CONSTRAINT "enterprise_visits_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualification_types" ADD CONSTRAINT "qualification_types_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_enterprise" ON "enterprise_assignments" USING btree ("enterprise_id","assigned_at");--> statement-breakpoint
CREATE INDEX "contacts_enterprise" ON "enterprise_contacts" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "qualifications_enterprise" ON "enterprise_qualifications" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "qualifications_zone_expiry" ON "enterprise_qualifications" USING btree ("zone_id","expires_on");--> statement-breakpoint
CREATE INDEX "qualifications_zone_type" ON "enterprise_qualifications" USING btree ("zone_id","type","enterprise_id");--> statement-breakpoint
CREATE INDEX "visits_enterprise_date" ON "enterprise_visits" USING btree ("enterprise_id","visited_on");--> statement-breakpoint
CREATE INDEX "enterprises_name_trgm" ON "enterprises" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprises_short_name_trgm" ON "enterprises" USING gin ("short_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprises_pinyin_trgm" ON "enterprises" USING gin ("name_pinyin" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprises_initials_trgm" ON "enterprises" USING gin ("name_initials" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "enterprises_bigrams" ON "enterprises" USING gin ("name_bigrams");--> statement-breakpoint
CREATE INDEX "enterprises_zone_credit_code_prefix" ON "enterprises" USING btree ("zone_id","credit_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "enterprises_zone_park" ON "enterprises" USING btree ("zone_id","park_id");--> statement-breakpoint
CREATE INDEX "enterprises_zone_liaison" ON "enterprises" USING btree ("zone_id","liaison_user_id");