import type { FastifyInstance } from "fastify";
import "./catalogue.js";
import { mediaAdminRoutes } from "./admin-routes.js";
import { mediaDeliveryRoutes } from "./delivery-routes.js";

/** The media library (SPEC §A9): its admin at /admin/thu-vien and public delivery of files at /tep/<sha256>. */
export async function mediaRoutes(app: FastifyInstance): Promise<void> {
  await app.register(mediaAdminRoutes);
  await app.register(mediaDeliveryRoutes);
}
