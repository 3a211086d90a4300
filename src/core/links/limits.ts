/**
 * Links read from one page at most: a listing has dozens, and a page of a million took 62 s and 1.4 GB.
 * The rest are not read; the analysis says so (`linksCapped`).
 */
export const MAX_LINKS = 5000;
