import path from "node:path";
import { describe, expect, it } from "vitest";
import { redactUrl, storeConfigFromEnv } from "@/lib/feedback/store";

/** Which store the environment names (DATABASE_URL, DATA_DIR, DATABASE_POOL_SIZE), and database addresses in messages. */

describe("choosing the store from the environment", () => {
  it("uses PostgreSQL when DATABASE_URL is set, even with DATA_DIR", () => {
    expect(storeConfigFromEnv({ DATABASE_URL: " postgres://careers:pw@db:5432/careers ", DATA_DIR: "/srv/data" })).toEqual({
      kind: "postgres",
      url: "postgres://careers:pw@db:5432/careers",
      poolSize: 10,
    });
  });

  it("accepts the postgresql:// scheme too", () => {
    expect(storeConfigFromEnv({ DATABASE_URL: "postgresql://db/careers" })).toMatchObject({ kind: "postgres" });
  });

  it.each([
    ["mysql://careers:s3cret-pw@db/careers"],
    ["careers:s3cret-pw@db.example:5432/careers"],
    ["http://careers:s3cret-pw@db/careers"],
    ["host=db user=careers password=s3cret-pw"],
  ])("refuses DATABASE_URL=%j with a message naming DATABASE_URL that does not show the password", (url) => {
    let message = "";
    try {
      storeConfigFromEnv({ DATABASE_URL: url });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^DATABASE_URL: /);
    expect(message).not.toContain("s3cret-pw");
  });

  it.each<[Record<string, string | undefined>, string]>([
    [{}, path.resolve("data")],
    [{ DATA_DIR: "" }, path.resolve("data")],
    [{ DATA_DIR: "   " }, path.resolve("data")],
    [{ DATABASE_URL: "  " }, path.resolve("data")],
    [{ DATA_DIR: "var/feedback" }, path.resolve("var/feedback")],
    [{ DATA_DIR: " /srv/careers/data " }, "/srv/careers/data"],
  ])("uses the embedded store in an absolute folder for %j", (env, dataDir) => {
    const config = storeConfigFromEnv(env);
    expect(config).toEqual({ kind: "embedded", dataDir });
    expect(path.isAbsolute(dataDir)).toBe(true);
  });

  it.each<[string | undefined, number]>([
    [undefined, 10],
    ["", 10],
    ["1", 1],
    ["25", 25],
    [" 5 ", 5],
  ])("reads DATABASE_POOL_SIZE=%j as %d", (value, poolSize) => {
    expect(storeConfigFromEnv({ DATABASE_URL: "postgres://db/careers", DATABASE_POOL_SIZE: value })).toMatchObject({ poolSize });
  });

  it.each(["0", "-1", "1.5", "abc", "Infinity"])("refuses DATABASE_POOL_SIZE=%j, naming it", (value) => {
    expect(() => storeConfigFromEnv({ DATABASE_URL: "postgres://db/careers", DATABASE_POOL_SIZE: value })).toThrow(/^DATABASE_POOL_SIZE: .*1 or more/);
  });

  it("ignores DATABASE_POOL_SIZE for the embedded store", () => {
    expect(storeConfigFromEnv({ DATABASE_POOL_SIZE: "abc" })).toMatchObject({ kind: "embedded" });
  });
});

describe("showing a database address in messages", () => {
  it.each<[string, string]>([
    ["postgres://careers:s3cret-pw@db.example:5432/careers", "postgres://careers:****@db.example:5432/careers"],
    ["postgres://:s3cret-pw@db/careers", "postgres://:****@db/careers"],
    ["postgres://careers@db/careers", "postgres://careers@db/careers"],
    ["postgres://db/careers?sslmode=require", "postgres://db/careers?sslmode=require"],
    ["postgres://db/careers?sslmode=require&password=s3cret-pw", "postgres://db/careers?sslmode=require&password=****"],
    ["postgres://careers:p%40ss%3Aword@db/careers", "postgres://careers:****@db/careers"],
    ["careers:s3cret-pw@db.example:5432/careers", "(an address that could not be read)"],
    ["not an address", "(an address that could not be read)"],
    ["", "(an address that could not be read)"],
  ])("shows %j as %j", (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });
});
