import { describe, expect, it } from "vitest";
import { personFromClaims } from "./oidc-claims.js";

describe("claims from the national ID provider", () => {
  it("take name, birth date, gender, ID number, email and phone, normalised", () => {
    expect(
      personFromClaims({
        sub: "vneid-001",
        name: "Nguyễn  Văn   Đức",
        birthdate: "1990-09-05",
        gender: "male",
        id_number: "051090001234",
        email: "Duc.Nguyen@Example.VN",
        email_verified: true,
        phone_number: "+84905123456",
        phone_number_verified: true,
      }),
    ).toEqual({
      subject: "vneid-001",
      fullName: "Nguyễn Văn Đức",
      birthDate: "1990-09-05",
      gender: "male",
      idNumber: "051090001234",
      email: "duc.nguyen@example.vn",
      emailVerified: true,
      phone: "84905123456",
      phoneVerified: true,
    });
  });

  it("leave out what is malformed and build the name from its parts", () => {
    const p = personFromClaims({
      sub: "x",
      family_name: "Trần",
      given_name: "Hoa",
      birthdate: "1990-02-31",
      id_number: "12345",
      email: "nope",
      phone_number: "02553822158",
    });
    expect(p).toMatchObject({
      fullName: "Trần Hoa",
      birthDate: null,
      idNumber: null,
      email: null,
      phone: null,
    });
    expect(personFromClaims({ name: "no subject" })).toBeNull();
  });
});
