package org.tribunal.meetings;

/**
 * A note's attachment with its content.
 *
 * @param attachment what the file is
 * @param content its bytes
 */
public record AttachmentContent(AttachmentView attachment, byte[] content) {

  public AttachmentContent {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
