package vn.motcua.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/** A request body already read into memory, served again to whatever reads the request next (filters that rewrite or verify it). */
public final class BytesInputStream extends ServletInputStream {

	private final ByteArrayInputStream in;

	public BytesInputStream(byte[] body) {
		this.in = new ByteArrayInputStream(body);
	}

	@Override
	public int read() {
		return in.read();
	}

	@Override
	public int read(byte[] b, int off, int len) {
		return in.read(b, off, len);
	}

	@Override
	public boolean isFinished() {
		return in.available() == 0;
	}

	@Override
	public boolean isReady() {
		return true;
	}

	@Override
	public void setReadListener(ReadListener listener) {
		try {
			listener.onDataAvailable();
			listener.onAllDataRead();
		}
		catch (IOException ex) {
			listener.onError(ex);
		}
	}
}
