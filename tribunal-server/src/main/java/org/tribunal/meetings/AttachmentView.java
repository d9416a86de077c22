package org.tribunal.meetings;

import java.util.UUID;

/**
 * A file attached to a note, without its content.
 *
 * @param id identifier
 * @param filename the file's name
 * @param mediaType its media type
 * @param sha256 SHA-256 of the content, hex
 * @param size size in bytes
 */
public record AttachmentView(UUID id, String filename, String mediaType, String sha256, int size) {}
