import { Prisma } from "@/lib/db/generated/client";
import { CENTRE_TIME_ZONE } from "@/lib/kernel/time";

/** The centre's time zone as a SQL literal, for `AT TIME ZONE` in raw queries (a constant: no injection). */
export const CENTRE_ZONE_SQL = Prisma.raw(`'${CENTRE_TIME_ZONE}'`);
