const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/** The button look, also for links that act as buttons. */
export const buttonClass = (variant: ButtonVariant = "primary") =>
  `inline-flex items-center justify-center rounded px-4 py-2 font-semibold ${VARIANTS[variant]}`;
