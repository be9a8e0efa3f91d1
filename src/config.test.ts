import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("gives the documented defaults on an empty environment", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe("0.0.0.0");
    expect(c.dataDir).toBe(path.resolve("./data"));
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.adminPassword).toBeUndefined();
    expect(c.seed).toBe("demo");
    expect(c.trustProxy).toBe(false);
    expect(c.publicUrl).toBe("http://localhost:3000");
  });

  it("treats empty strings as unset", () => {
    const c = loadConfig({ DATABASE_URL: "", REDIS_URL: " ", ADMIN_PASSWORD: "" });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.adminPassword).toBeUndefined();
  });

  it("reads every setting", () => {
    const c = loadConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATA_DIR: "/tmp/x",
      DATABASE_URL: "postgres://root@127.0.0.1:5432/test",
      REDIS_URL: "redis://127.0.0.1:6379",
      ADMIN_PASSWORD: "mot-mat-khau-dai",
      SEED: "none",
      TRUST_PROXY: "true",
      NODE_ENV: "production",
    });
    expect(c).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      dataDir: "/tmp/x",
      databaseUrl: "postgres://root@127.0.0.1:5432/test",
      redisUrl: "redis://127.0.0.1:6379",
      adminPassword: "mot-mat-khau-dai",
      seed: "none",
      trustProxy: true,
      secureCookies: true,
    });
  });

  it("lists every invalid setting in one Vietnamese message", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", SEED: "all", ADMIN_PASSWORD: "short" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("Cấu hình không hợp lệ");
    for (const name of ["PORT", "DATABASE_URL", "SEED", "ADMIN_PASSWORD"]) expect(message).toContain(name);
  });
});
