package vn.motcua.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** QR codes read back to the text they were made from, in NFC, with whole pixels per module. */
class QrCodeTests {

	static String decode(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

	@Test
	void theCodeReadsBackAsTheText() throws Exception {
		String url = "https://motcua.hatinh.gov.vn/tra-cuu/000.00.20.H36-261124-0001?key=K7Q2-M9XD";
		assertThat(decode(QrCode.png(url, 240))).isEqualTo(url);
	}

	@Test
	void vietnameseTextIsEncodedInNfc() throws Exception {
		String nfd = Normalizer.normalize("Hồ sơ đã tiếp nhận", Normalizer.Form.NFD);
		assertThat(decode(QrCode.png(nfd, 200))).isEqualTo("Hồ sơ đã tiếp nhận");
	}

	@Test
	void theImageIsSquareAndAboutTheAskedSize() throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png("MAU01", 240)));
		assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(120, 240);
		String uri = QrCode.dataUri("MAU01");
		assertThat(uri).startsWith("data:image/png;base64,");
		assertThat(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))).startsWith(0x89, 'P', 'N', 'G');
	}
}
