"use client";

import { useSyncExternalStore, type ComponentPropsWithRef } from "react";
import { buttonClass, type ButtonVariant } from "./button-class";

export { buttonClass } from "./button-class";

const subscribe = () => () => undefined;

type ButtonProps = ComponentPropsWithRef<"button"> & {
  variant?: ButtonVariant;
  /**
   * For forms handled by JavaScript (react-hook-form): stay disabled until the page is hydrated.
   * Clicked earlier, the browser would submit the form itself, as a GET that reloads the page
   * and puts the fields, a password included, in the address bar.
   */
  needsJs?: boolean;
};

export function Button({ variant = "primary", needsJs = false, className, disabled, ...props }: ButtonProps) {
  // false during server rendering and hydration, true once React runs in the browser.
  const isHydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return <button className={`${buttonClass(variant)} ${className ?? ""}`} disabled={disabled || (needsJs && !isHydrated)} {...props} />;
}
