package org.tribunal.meetings;

/**
 * A file attached to a new note.
 *
 * @param filename the file's name, 1 to 255 characters
 * @param mediaType its media type, e.g. {@code application/pdf}
 * @param content its bytes (copied)
 */
public record NewAttachment(String filename, String mediaType, byte[] content) {

  public NewAttachment {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
