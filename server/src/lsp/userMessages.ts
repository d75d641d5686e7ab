import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';

/**
 * Messages shown to the user. They offer no choice, so they go as `window/showMessage`
 * notifications: `window/showMessageRequest` (what `connection.window.showErrorMessage` sends)
 * waits for an answer that a client may decline or fail, and its rejection, never awaited, ended
 * the server's process. A failed send is logged.
 */
export class UserMessages {
  constructor(private readonly connection: Connection) {}

  error(message: string): void {
    this.show(MessageType.Error, message);
  }

  information(message: string): void {
    this.show(MessageType.Info, message);
  }

  private show(type: MessageType, message: string): void {
    this.connection.sendNotification(ShowMessageNotification.type, { type, message }).catch((reason: unknown) => {
      this.connection.console.log(`Seed Curator: could not show "${message}": ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  }
}
