package vn.motcua.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import vn.motcua.shared.VietnameseText;

/**
 * QR codes as PNG images (ZXing), for forms and receipts: the public lookup address of a dossier on the receipt,
 * for instance. Text is encoded as UTF-8 after NFC normalisation, with error correction level M, and drawn with
 * whole pixels per module so that it stays sharp when printed.
 */
public final class QrCode {

	/** The default width and height in pixels; enough for a 25 mm print at 240 dpi. */
	public static final int DEFAULT_PIXELS = 240;

	/** The quiet zone around the code, in modules. */
	private static final int MARGIN = 2;

	private QrCode() {
	}

	/** A PNG of the QR code of the text, about {@code pixels} wide (a whole number of pixels per module). */
	public static byte[] png(String text, int pixels) {
		BitMatrix matrix = matrix(text);
		int modules = matrix.getWidth();
		int scale = Math.max(1, pixels / modules);
		int size = modules * scale;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		int black = 0xFF000000;
		int white = 0xFFFFFFFF;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, matrix.get(x / scale, y / scale) ? black : white);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The QR code as a {@code data:image/png;base64,...} URI for an {@code <img src>}. */
	public static String dataUri(String text, int pixels) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, pixels));
	}

	/** The QR code as a data URI of {@value #DEFAULT_PIXELS} pixels. */
	public static String dataUri(String text) {
		return dataUri(text, DEFAULT_PIXELS);
	}

	private static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(VietnameseText.nfc(text), BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION,
							ErrorCorrectionLevel.M, EncodeHintType.MARGIN, MARGIN));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Không tạo được mã QR: nội dung quá dài", ex);
		}
	}
}
