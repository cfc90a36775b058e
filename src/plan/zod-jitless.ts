import { z } from 'zod';

// A plan is parsed once per run: compiling zod's fast paths would cost more than it saves. Zod
// reads this setting as each object schema is made, so every module that makes one imports this
// module before it does.
z.config({ jitless: true });
