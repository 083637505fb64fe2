/**
 * Procedure catalogue (danh mục thủ tục hành chính): codes, names, fields, agencies, papers, fees, legal processing
 * time, online mode, with versions in time; a dossier binds to the version in force on the day it is received.
 * <p>
 * Glossary: thủ tục hành chính = procedure; thành phần hồ sơ = component (paper); phí, lệ phí = fee; thời hạn giải
 * quyết = processing time; liên thông = inter-agency; toàn trình / một phần = full / partial online; công bố =
 * publication; bãi bỏ = repeal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thủ tục hành chính")
@org.jspecify.annotations.NullMarked
package vn.motcua.catalogue;
