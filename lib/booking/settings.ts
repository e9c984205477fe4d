// The admin-editable calendar settings (BookingSettings row 1) and their defaults from the issue.

export type BookingSettingsValues = {
  slotMinutes: number;
  capacityPerSlot: number;
  horizonWorkingDays: number;
  minLeadMinutes: number;
  changeCutoffHours: number;
};

export const DEFAULT_BOOKING_SETTINGS: BookingSettingsValues = {
  slotMinutes: 30,
  capacityPerSlot: 3,
  horizonWorkingDays: 20,
  minLeadMinutes: 120,
  changeCutoffHours: 24,
};
