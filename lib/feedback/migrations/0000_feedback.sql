CREATE TABLE "feedback" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"page" text NOT NULL,
	"useful" boolean,
	"what_doing" text,
	"what_wrong" text,
	"javascript" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_answer_kind" CHECK (("feedback"."useful" is not null) <> ("feedback"."what_doing" is not null or "feedback"."what_wrong" is not null))
);
--> statement-breakpoint
CREATE TABLE "feedback_rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
CREATE INDEX "feedback_page_created_at_idx" ON "feedback" USING btree ("page","created_at");--> statement-breakpoint
CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");