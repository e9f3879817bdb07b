/** Whether the keyboard-shortcut help is open (in memory; closed at sign-out). */
import { create } from 'zustand';
import { registerStoreReset } from '../../auth/resetRegistry';

interface ShortcutHelpState {
  open: boolean;
}

export const useShortcutHelpStore = create<ShortcutHelpState>()(() => ({ open: false }));

export const openShortcutHelp = () => useShortcutHelpStore.setState({ open: true });
export const closeShortcutHelp = () => useShortcutHelpStore.setState({ open: false });

registerStoreReset(closeShortcutHelp);
