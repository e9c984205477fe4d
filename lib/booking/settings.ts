// The admin-editable calendar settings (BookingSettings row 1) and their defaults from the issue.

export type BookingSettingsValues = {
  slotMinutes: number;
  capacityPerSlot: number;
  horizonWorkingDays: number;
  minLeadMinutes: number;
  changeCutoffHours: number;
  /** Issue 8: the earliest bookable day is this many working days after today (1: the next working day). */
  minNoticeWorkingDays: number;
  /** The reminder asking to confirm goes out this many hours before the appointment. */
  reminderHoursBefore: number;
  /** An appointment not confirmed this many hours before it starts is released. */
  confirmByHoursBefore: number;
  /** Booking waits for the invoice to be paid (confirmed by staff). */
  bookingRequiresPayment: boolean;
};

export const DEFAULT_BOOKING_SETTINGS: BookingSettingsValues = {
  slotMinutes: 30,
  capacityPerSlot: 3,
  horizonWorkingDays: 20,
  minLeadMinutes: 120,
  changeCutoffHours: 24,
  minNoticeWorkingDays: 1,
  reminderHoursBefore: 48,
  confirmByHoursBefore: 24,
  bookingRequiresPayment: true,
};
