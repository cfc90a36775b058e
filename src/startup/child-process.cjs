// Commander requires node:child_process when it loads, for subcommands that are separate
// programs; rollout has none. Loading it (and net and dgram with it) costs about as many
// instructions as 3% of starting Node, so the bundle gets this stand-in, which loads the real
// module on first use.
'use strict';
let real;
// Without the node: prefix, which the bundle maps to this file.
const load = () => (real ??= require('child_process'));
module.exports = new Proxy({}, { get: (_, name) => load()[name] });
