// Wording shared by several regions' lines.

export const EMERGENCY_PURPOSE = 'Police, ambulance or fire, when you or someone else is in danger right now.';
export const ALWAYS = 'Any time, day or night';
