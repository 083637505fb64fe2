package vn.motcua.calendar;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.NavigationItem;

/** The calendar module's menu entries. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

	@Bean
	NavigationItem calendarMenu() {
		return new NavigationItem("Tiện ích", "Lịch làm việc", "/lich-lam-viec", 800, List.of());
	}

	@Bean
	NavigationItem deadlineMenu() {
		return new NavigationItem("Tiện ích", "Tính thời hạn giải quyết", "/lich-lam-viec/tinh-han", 810, List.of());
	}
}
