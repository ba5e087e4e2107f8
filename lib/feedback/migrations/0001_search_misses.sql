CREATE TABLE "search_misses" (
	"day" date NOT NULL,
	"query" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "search_misses_pkey" PRIMARY KEY("day","query"),
	CONSTRAINT "search_misses_query_length" CHECK (char_length("search_misses"."query") between 1 and 100),
	CONSTRAINT "search_misses_count_positive" CHECK ("search_misses"."count" > 0)
);
