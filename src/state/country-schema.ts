import * as z from 'zod/mini';
import { REGIONS } from '../emergency-number/emergency-number';
import { OTHER_COUNTRY } from './country-choice';

/** A saved country is one Backcheck has a number for, or "other". */
export const countrySchema = z.enum([OTHER_COUNTRY, ...REGIONS]);
