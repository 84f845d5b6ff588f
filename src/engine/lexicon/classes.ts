/**
 * A school class as written in a draft, folded: "3B", "10c", "7A" (Norwegian
 * and Swedish schools run classes 1–10, upper secondary up to 13). One
 * definition for every detector that reads classes.
 */
export const CLASS_CODE = /^(?:[1-9]|1[0-3])[a-h]$/;
