import { enApp } from './en/app';
import { enData } from './en/data';
import { enErrors } from './en/errors';
import { enResults } from './en/results';
import { enTeaching } from './en/teaching';
import { enTouch } from './en/touch';

/**
 * The English catalog: it defines every message key, one file per part of the lab (en/). `{name}`
 * marks a placeholder filled by translate(); the Chinese catalog must use the same placeholders
 * (catalog.test.ts).
 */
export const en = { ...enApp, ...enData, ...enResults, ...enTeaching, ...enTouch, ...enErrors } as const;

export type MessageKey = keyof typeof en;
