package org.waqai.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal blocking HTTP/1.1 client on one keep-alive socket, for the benchmarks: the request leaves in one write
 * and the answer is read on the caller's thread, so a timing measures the service and the socket, not a client's
 * thread hand-offs (the JDK's {@code HttpClient} passes every exchange between the caller, its selector thread and
 * its executor). Reads {@code Content-Length} and chunked bodies; anything but 200 is an {@link IOException}.
 */
final class KeepAliveHttp implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final String host;

  KeepAliveHttp(String host, int port) throws IOException {
    this.host = host + ":" + port;
    this.socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
  }

  /** POSTs {@code body} as {@code contentType} and returns the answer's body. */
  byte[] post(String path, String contentType, String accept, byte[] body) throws IOException {
    return exchange("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
        + "\r\nAccept: " + accept + "\r\nContent-Length: " + body.length + "\r\n\r\n", body);
  }

  /** GETs {@code pathAndQuery} and returns the answer's body. */
  byte[] get(String pathAndQuery, String accept) throws IOException {
    return exchange("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept + "\r\n\r\n",
        new byte[0]);
  }

  private byte[] exchange(String head, byte[] body) throws IOException {
    ByteArrayOutputStream req = new ByteArrayOutputStream(head.length() + body.length);
    req.write(head.getBytes(StandardCharsets.US_ASCII));
    req.write(body);
    out.write(req.toByteArray());
    out.flush();
    String status = line();
    int length = -1;
    boolean chunked = false;
    for (String l = line(); !l.isEmpty(); l = line()) {
      String lower = l.toLowerCase();
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(l.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] answer;
    if (chunked) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (int n = Integer.parseInt(line().trim(), 16); n > 0; n = Integer.parseInt(line().trim(), 16)) {
        b.write(in.readNBytes(n));
        line();
      }
      line();
      answer = b.toByteArray();
    } else if (length >= 0) {
      answer = in.readNBytes(length);
    } else {
      throw new IOException("answer without Content-Length or chunked body: " + status);
    }
    if (!status.contains(" 200 ")) {
      throw new IOException(status + ": " + new String(answer, 0, Math.min(300, answer.length),
          StandardCharsets.UTF_8));
    }
    return answer;
  }

  private String line() throws IOException {
    StringBuilder b = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
