// The apps run under a CSP without 'unsafe-eval' (libs/web/ui/security-headers.ts). Without this,
// zod probes `new Function` to compile its validators, which the browser reports as a CSP
// violation. It must be set before any schema is made: main.tsx imports this file first.
import { z } from 'zod';

z.config({ jitless: true });
