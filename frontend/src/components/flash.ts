// A one-shot message carried across a navigation ("Contact point proposed."), shown by the page
// that arrives and then forgotten.
import { useEffect, useState } from "react";
import type { Message } from "./messages";

let pending: Message | null = null;

export function setFlash(message: Message): void {
  pending = message;
}

export function useFlash(): Message | null {
  // Read without clearing during render (render may run twice); clear once mounted.
  const [message] = useState(() => pending);
  useEffect(() => {
    if (pending === message) pending = null;
  }, [message]);
  return message;
}
