package vn.motcua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Một Cửa: one-stop dossiers, procedure control and periodic reports for a provincial agency.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Một Cửa", sharedModules = "shared")
public class MotCuaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MotCuaApplication.class, args);
	}
}
