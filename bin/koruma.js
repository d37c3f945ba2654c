#!/usr/bin/env node
// The `koruma` command. Sources are TypeScript run through tsx: no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
